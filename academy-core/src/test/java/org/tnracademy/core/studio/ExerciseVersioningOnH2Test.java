package org.tnracademy.core.studio;

import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;

/** Exercise versions on embedded H2, the database a user's machine runs. */
@SpringBootTest(classes = CoreTestApplication.class)
class ExerciseVersioningOnH2Test extends ExerciseVersioningContract {
}
