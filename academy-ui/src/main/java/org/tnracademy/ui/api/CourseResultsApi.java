package org.tnracademy.ui.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tnracademy.core.results.CourseResultsService;

/** One course's results, a page of learners at a time ({@code offset}, {@code limit}). */
@RestController
@RequestMapping(path = "/api/courses", produces = "application/json")
class CourseResultsApi {

    static final int DEFAULT_LIMIT = 100;

    private final CourseResultsService results;

    CourseResultsApi(CourseResultsService results) {
        this.results = results;
    }

    @GetMapping("/{courseId}/results")
    CourseResultsJson results(@PathVariable long courseId,
                              @RequestParam(defaultValue = "0") int offset,
                              @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
        return results.of(courseId, offset, limit).map(CourseResultsJson::of)
                .orElseThrow(() -> new ApiNotFoundException("No course with id " + courseId));
    }
}
