package org.tnracademy.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.account.AccountSummary;
import org.tnracademy.core.account.Role;

/** The administrators' account page, fed good and bad input. */
@SpringBootTest
@WithMockUser(username = "admin", roles = "ADMIN")
class AccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Test
    void badInputInTheNewAccountFormIsShownAtEachFieldAndNothingIsSaved() {
        navigate(AccountsView.class);
        long before = accounts.count();
        test($(Button.class).id("new-account")).click();
        NewAccountDialog dialog = $(NewAccountDialog.class).single();
        dialog.username.setValue("Not Valid!");
        dialog.displayName.setValue("");
        dialog.password.setValue("short");
        dialog.roles.setValue(EnumSet.noneOf(Role.class));
        test(dialog.save).click();

        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).contains("lower-case letters");
        assertThat(dialog.displayName.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("at least 12 characters");
        assertThat(dialog.roles.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void aValidNewAccountIsCreatedAndListed() {
        navigate(AccountsView.class);
        String name = "form-" + UUID.randomUUID().toString().substring(0, 8);
        test($(Button.class).id("new-account")).click();
        NewAccountDialog dialog = $(NewAccountDialog.class).single();
        dialog.username.setValue(name);
        dialog.displayName.setValue("Formed Analyst");
        dialog.password.setValue("a-long-password");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(accounts.all(0, 1000)).extracting(AccountSummary::username).contains(name);
    }

    @Test
    void aCsvWithBadRowsListsEveryProblemAndCreatesNothing() {
        navigate(AccountsView.class);
        long before = accounts.count();
        String csv = "username,display_name,password\nfine-one,Fine,long-enough-pw\nBAD,,x\n";
        test($(Upload.class).id("import-learners")).upload("analysts.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));

        Dialog problems = $(Dialog.class).id("import-problems");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class, problems).single();
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("3");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void aGoodCsvCreatesTheAnalysts() {
        navigate(AccountsView.class);
        String s = UUID.randomUUID().toString().substring(0, 8);
        String csv = "username,display_name,password\ncsv-a-" + s + ",A,long-enough-pw\ncsv-b-" + s + ",B,long-enough-pw\n";
        test($(Upload.class).id("import-learners")).upload("analysts.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(accounts.all(0, 1000)).extracting(AccountSummary::username)
                .contains("csv-a-" + s, "csv-b-" + s);
    }
}
