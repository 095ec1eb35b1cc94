package org.tnracademy.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountAdministration;
import org.tnracademy.core.account.AccountChangeRefusedException;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.packs.PackValidationException;
import org.tnracademy.core.studio.PackUpload;
import org.tnracademy.core.support.SignedIn;

/** Refused uploads and imports are in the audit log: who, which field and file, and why. */
@SpringBootTest(classes = CoreTestApplication.class)
class RefusedUploadAuditTest {

    @Autowired
    AuditLog audit;
    @Autowired
    AccountAdministration admin;
    @Autowired
    PackUpload packs;
    @Autowired
    AccountProvisioning provisioning;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aBodyOverItsLimitIsRecordedWithWhoTheFieldAndTheSizes() {
        SignedIn.as("refused-uploader", Role.INSTRUCTOR);
        audit.recordRefusedUpload(RefusedUpload.tooLarge(RefusedUpload.Field.DATASET, "huge.csv", 16L << 20,
                300L << 20), "192.0.2.7");

        assertThat(entriesOf("refused-uploader")).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo(AuditAction.UPLOAD_REFUSED);
            assertThat(r.detail()).isEqualTo("DATASET 'huge.csv' TOO_LARGE: 314572800 bytes announced, limit "
                    + "16777216 bytes; nothing was read");
            assertThat(r.remoteAddress()).isEqualTo("192.0.2.7");
            assertThat(r.message()).isEqualTo(AuditMessage.of("upload-refused", "DATASET", "huge.csv", "TOO_LARGE"));
        });
    }

    @Test
    void anAccountImportWithProblemsIsRecordedWithTheirCount() {
        provisioning.ensure("refusing-admin", "Refusing Admin", "secret-password", EnumSet.of(Role.ADMIN));
        SignedIn.as("refusing-admin", Role.ADMIN);
        assertThatThrownBy(() -> admin.importLearners("name;pass\nx;y\n"))
                .isInstanceOf(AccountChangeRefusedException.class);

        assertThat(entriesOf("refusing-admin")).extracting(AuditRecord::detail)
                .contains("ACCOUNT_IMPORT '(no name)' CONTENT_PROBLEMS: 3 problems");
    }

    @Test
    void aPackThatIsNotAZipIsRecordedWithItsName() {
        SignedIn.as("refused-packer", Role.INSTRUCTOR);
        assertThatThrownBy(() -> packs.importZip("course.zip", "not a zip".getBytes()))
                .isInstanceOf(PackValidationException.class);

        assertThat(entriesOf("refused-packer")).singleElement().satisfies(r ->
                assertThat(r.detail()).startsWith("COURSE_PACK 'course.zip' CONTENT_PROBLEMS: "));
    }

    private List<AuditRecord> entriesOf(String actor) {
        SignedIn.as("audit-reader", Role.ADMIN);
        return audit.of(actor);
    }
}
