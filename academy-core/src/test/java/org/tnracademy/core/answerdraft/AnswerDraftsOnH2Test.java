package org.tnracademy.core.answerdraft;

import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;

/** Answer drafts on embedded H2, the default single-machine database. */
@SpringBootTest(classes = CoreTestApplication.class)
class AnswerDraftsOnH2Test extends AnswerDraftsContract {
}
