package org.tnracademy.core.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tnracademy.core.support.OffsetPageable;

/** Who is signed in, and the account lists that cohort managers and admins read. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    /** More names than any academy has accounts; past it the map starts again rather than grow. */
    private static final int MAX_KEPT_IDS = 200_000;

    private final AccountRepository accounts;
    /** An account is never renamed or deleted: a name's id, once read, stays its id. */
    private final ConcurrentHashMap<String, Long> idsByUsername = new ConcurrentHashMap<>();

    /** The one database read of {@link #currentId}: a transaction of its own, whatever the caller's. */
    private final TransactionTemplate lookup;

    AccountService(AccountRepository accounts, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.lookup = new TransactionTemplate(transactions);
        this.lookup.setReadOnly(true);
    }

    /**
     * The signed-in person's account id, what most pages and services need of it: read once per
     * node (accounts are never renamed or deleted), so a page's round trip asks the database nothing
     * for it. Refused when nobody is signed in or the name has no account.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public long currentId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("Not signed in");
        }
        Long kept = idsByUsername.get(auth.getName());
        if (kept != null) {
            return kept;
        }
        // in a transaction that ends here: called from outside any (a page being built), the read
        // would otherwise keep its connection until the caller is done
        long id = lookup.execute(status -> current().id());
        if (idsByUsername.size() >= MAX_KEPT_IDS) {
            idsByUsername.clear();
        }
        idsByUsername.put(auth.getName(), id);
        return id;
    }

    /** The signed-in person's account; refused when nobody is signed in. */
    @PreAuthorize("isAuthenticated()")
    public AccountSummary current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("Not signed in");
        }
        return accounts.findByUsername(auth.getName())
                .map(Account::summary)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException(
                        "No account for signed-in user " + auth.getName()));
    }

    /** Instructors read them too: course results (the /api read-out) list learners with their scores. */
    @PreAuthorize("hasAnyRole('COHORT_MANAGER', 'INSTRUCTOR', 'ADMIN')")
    public List<AccountSummary> learners(int offset, int limit) {
        return accounts.findByRole(Role.LEARNER, OffsetPageable.of(offset, limit)).stream()
                .map(Account::summary).toList();
    }

    @PreAuthorize("hasAnyRole('COHORT_MANAGER', 'INSTRUCTOR', 'ADMIN')")
    public long learnerCount() {
        return accounts.countByRole(Role.LEARNER);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AccountSummary> all(int offset, int limit) {
        return accounts.findAll(OffsetPageable.of(offset, limit, Sort.by("username"))).stream()
                .map(Account::summary).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count() {
        return accounts.count();
    }

    /** Display names by account id, for lists that name learners (instructors' queue, cohorts). */
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'COHORT_MANAGER', 'ADMIN')")
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return accounts.findAllById(accountIds).stream().map(Account::summary)
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
    }

    /** Accounts by username, for enrolling analysts in cohorts by name; unknown names are left out. */
    @PreAuthorize("hasAnyRole('COHORT_MANAGER', 'ADMIN')")
    public Map<String, AccountSummary> byUsernames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return accounts.findByUsernameIn(usernames).stream().map(Account::summary)
                .collect(Collectors.toMap(AccountSummary::username, a -> a));
    }

    /** For the sign-in machinery only: looks up an account without a signed-in user. */
    Optional<Account> findForSignIn(String username) {
        return accounts.findByUsername(username);
    }
}
