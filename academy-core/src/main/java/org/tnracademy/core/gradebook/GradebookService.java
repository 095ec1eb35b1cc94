package org.tnracademy.core.gradebook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.account.AccountService;
import org.tnracademy.core.account.AccountSummary;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.progress.ExerciseStanding;
import org.tnracademy.core.progress.ProgressService;

/** Learners by exercises with their scores, a page of learners at a time. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('COHORT_MANAGER', 'ADMIN')")
public class GradebookService {

    private final AccountService accounts;
    private final CatalogService catalog;
    private final ProgressService progress;

    GradebookService(AccountService accounts, CatalogService catalog, ProgressService progress) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.progress = progress;
    }

    public List<GradebookColumn> columns() {
        return catalog.allExercises().stream()
                .map(s -> new GradebookColumn(s.id(), s.title(), s.maxAttempts()))
                .toList();
    }

    public int learnerCount() {
        return Math.toIntExact(accounts.learnerCount());
    }

    public List<GradebookRow> rows(int offset, int limit) {
        List<AccountSummary> learners = accounts.learners(offset, limit);
        Map<Long, Map<Long, GradebookRow.Cell>> cells = new HashMap<>();
        for (ExerciseStanding s : progress.standingsOf(learners.stream().map(AccountSummary::id).toList())) {
            cells.computeIfAbsent(s.learnerId(), k -> new HashMap<>())
                    .put(s.exerciseId(), new GradebookRow.Cell(s.bestScore(), s.attempts()));
        }
        return learners.stream()
                .map(l -> new GradebookRow(l.id(), l.displayName(), l.username(), cells.getOrDefault(l.id(), Map.of())))
                .toList();
    }
}
