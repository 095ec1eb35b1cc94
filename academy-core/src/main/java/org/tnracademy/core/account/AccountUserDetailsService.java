package org.tnracademy.core.account;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people in against the local accounts in the database. Repeated failures are throttled by
 * {@link SignIns} per source address and account, before the password is checked. A password
 * hashed the old way is hashed anew at its first successful sign-in.
 */
@Component
public class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .authorities(account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .build();
    }

    /**
     * Stores the hash Spring Security made of the password just checked, when the stored one was
     * made with an older algorithm or weaker parameters (see {@link PasswordHashing}).
     */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newHash) {
        accounts.findByUsername(user.getUsername()).ifPresent(account -> {
            account.changePasswordHash(newHash);
            accounts.save(account);
        });
        return User.withUserDetails(user).password(newHash).build();
    }
}
