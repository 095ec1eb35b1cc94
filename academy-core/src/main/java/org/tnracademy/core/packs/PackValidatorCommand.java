package org.tnracademy.core.packs;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The authors' command-line check of a pack folder or zip: every problem with file, line and
 * reason, or a one-line summary. Exit code 0 valid, 1 problems, 2 usage.
 */
public final class PackValidatorCommand {

    private PackValidatorCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length != 1) {
            out.println("usage: validate-pack <pack folder or .zip>");
            return 2;
        }
        Path path = Path.of(args[0]);
        if (!Files.exists(path)) {
            out.println(path + ": no such file or folder");
            return 2;
        }
        try {
            PackSource source = Files.isDirectory(path) ? new DirectoryPackSource(path) : ZipPackSource.open(path);
            CoursePack pack = new PackReader().read(source);
            long lessons = pack.modules().stream().flatMap(m -> m.items().stream())
                    .filter(CoursePack.Lesson.class::isInstance).count();
            long exercises = pack.modules().stream().flatMap(m -> m.items().stream())
                    .filter(CoursePack.Exercise.class::isInstance).count();
            out.printf("OK: pack %s version %d: %d modules, %d lessons, %d exercises (content hash %s)%n",
                    pack.id(), pack.version(), pack.modules().size(), lessons, exercises, pack.contentHash());
            return 0;
        } catch (PackValidationException e) {
            e.problems().forEach(p -> out.println(p));
            out.println(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + ": nothing would be imported");
            return 1;
        }
    }
}
