package org.tnracademy.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.tnracademy.core.account.BoundedPasswordEncoder;

class SignInRefusalTest {

    @Test
    void withoutTheErrorParameterNothingWasRefusedWhateverTheSessionHolds() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LockedException("throttled"));
        assertThat(SignInRefusal.of(request)).isEqualTo(SignInRefusal.NONE);
    }

    @Test
    void aThrottledSignInIsToldAsThrottledNotAsAWrongPassword() {
        assertThat(SignInRefusal.of(refused(new LockedException("throttled")))).isEqualTo(SignInRefusal.THROTTLED);
    }

    @Test
    void aPasswordThatCouldNotBeCheckedInTimeIsToldAsBusy() {
        // its constructor is the encoder's own: a mock stands for the one it throws
        var busy = Mockito.mock(BoundedPasswordEncoder.PasswordHashingBusyException.class);
        assertThat(SignInRefusal.of(refused(busy))).isEqualTo(SignInRefusal.BUSY);
    }

    @Test
    void anyOtherRefusalOrNoneKeptIsAWrongUsernameOrPassword() {
        assertThat(SignInRefusal.of(refused(new BadCredentialsException("bad"))))
                .isEqualTo(SignInRefusal.WRONG_PASSWORD);
        MockHttpServletRequest withoutSession = new MockHttpServletRequest("GET", "/login");
        withoutSession.setParameter("error", "");
        assertThat(SignInRefusal.of(withoutSession)).isEqualTo(SignInRefusal.WRONG_PASSWORD);
        assertThat(withoutSession.getSession(false)).as("no session made for reading").isNull();
    }

    private static MockHttpServletRequest refused(Exception why) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        request.setParameter("error", "");
        request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, why);
        return request;
    }
}
