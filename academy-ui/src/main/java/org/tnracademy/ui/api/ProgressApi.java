package org.tnracademy.ui.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.progress.ProgressService;

/** A learner's own progress; there is no parameter to name another learner. */
@RestController
@RequestMapping(path = "/api/me", produces = "application/json")
class ProgressApi {

    private final ProgressService progress;
    private final AccountService accounts;

    ProgressApi(ProgressService progress, AccountService accounts) {
        this.progress = progress;
        this.accounts = accounts;
    }

    @GetMapping("/progress")
    ProgressJson myProgress() {
        return ProgressJson.of(accounts.current().username(), progress.myProgress());
    }
}
