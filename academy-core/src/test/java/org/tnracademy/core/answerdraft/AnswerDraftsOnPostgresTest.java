package org.tnracademy.core.answerdraft;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.support.PostgresTestDatabase;

/** The same drafts on a real PostgreSQL server: the migration, the unique draft per learner, the bounds. */
@SpringBootTest(classes = CoreTestApplication.class)
class AnswerDraftsOnPostgresTest extends AnswerDraftsContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, "answer_drafts");
    }
}
