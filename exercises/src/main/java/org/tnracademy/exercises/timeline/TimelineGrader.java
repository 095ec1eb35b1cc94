package org.tnracademy.exercises.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.Ranking;

/**
 * Grades a timeline by Kendall tau against the key's instants: each event gets the rank of its
 * instant (ties share a rank), and the learner's order is scored by the pairs it puts right. Pure
 * and deterministic; O(n log n) through {@link Ranking}, so thousands of events are cheap.
 */
public final class TimelineGrader {

    public TimelineResult grade(TimelineSpec spec, TimelineKey key, TimelineAnswer answer) {
        List<AnswerProblem> problems = answer.problemsAgainst(spec);
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
        Map<String, EventTime> times = key.byEvent();
        // stable sort: events of one instant keep the spec's order, so feedback is the same every time
        List<String> chronological = spec.events().stream().map(TimelineEvent::id)
                .sorted(Comparator.comparing(id -> times.get(id).at())).toList();
        int n = chronological.size();
        Map<String, Integer> rank = new HashMap<>(n * 2);
        int[] firstOfRank = new int[n];
        int[] lastOfRank = new int[n];
        int[] allRanks = new int[n];
        Instant previous = null;
        int r = -1;
        for (int i = 0; i < n; i++) {
            Instant at = times.get(chronological.get(i)).at();
            if (!at.equals(previous)) {
                r++;
                firstOfRank[r] = i;
                previous = at;
            }
            lastOfRank[r] = i;
            rank.put(chronological.get(i), r);
            allRanks[i] = r;
        }

        List<String> order = answer.order();
        int[] placedRanks = order.stream().mapToInt(rank::get).toArray();
        long discordant = Ranking.discordantPairs(placedRanks);
        long concordant = Ranking.comparablePairs(placedRanks) - discordant;
        long comparable = Ranking.comparablePairs(allRanks); // > 0: the key has two instants at least
        long[] misorderedPairs = Ranking.discordantPairsPerPosition(placedRanks);
        Map<String, Integer> position = new HashMap<>(order.size() * 2);
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }

        List<EventFeedback> feedback = new ArrayList<>(n);
        for (String id : chronological) {
            int eventRank = rank.get(id);
            int first = firstOfRank[eventRank] + 1;
            int last = lastOfRank[eventRank] + 1;
            Integer given = position.containsKey(id) ? position.get(id) + 1 : null;
            feedback.add(new EventFeedback(id, times.get(id).at().toString(), first, last, given,
                    given != null && given >= first && given <= last,
                    given == null ? 0 : misorderedPairs[given - 1], times.get(id).explanation()));
        }
        return new TimelineResult((double) concordant / comparable, discordant, concordant, comparable,
                order.size(), n, feedback);
    }
}
