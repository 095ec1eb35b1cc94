package org.tnracademy.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class AcademyProcessTest {

    @Test
    void startsTheAcademyWithTheMemoryFlagsOfTheContainerImage() throws IOException {
        String imageEntryPoint = Files.readString(Path.of("../academy-ui/src/main/jib/opt/academy/start.sh"));

        assertThat(AcademyProcess.IMAGE_MEMORY_FLAGS).isNotEmpty()
                .allSatisfy(flag -> assertThat(imageEntryPoint).contains(" " + flag + " "));
    }
}
