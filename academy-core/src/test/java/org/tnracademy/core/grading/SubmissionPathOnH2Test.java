package org.tnracademy.core.grading;

import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;

/** The submission path on embedded H2, the default single-machine database. */
@SpringBootTest(classes = CoreTestApplication.class)
class SubmissionPathOnH2Test extends SubmissionPathContract {
}
