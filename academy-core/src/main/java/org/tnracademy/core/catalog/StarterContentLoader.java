package org.tnracademy.core.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.tnracademy.core.packs.ClasspathPackSource;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.PackReader;
import org.tnracademy.core.packs.PackSource;

/**
 * Loads every pack shipped on the classpath under {@code packs/<id>/} at start-up. Safe when
 * several nodes start at once: the import is one transaction guarded by unique keys, and the
 * loser of a race finds the content already there. On a restart whose pack files are those the
 * data folder recorded at the last import, and whose database still holds that content, the pack
 * is not read again ({@link ImportedStarterPacks}): reading and validating it costs a second or more
 * of CPU on every start, only to find it unchanged.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty(name = "academy.content.load-starter", matchIfMissing = true)
class StarterContentLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StarterContentLoader.class);
    private static final String PATTERN = "classpath*:packs/*/course.yaml";

    private final CourseImporter importer;
    private final PackReader reader = new PackReader();
    private final ImportedStarterPacks imported;

    StarterContentLoader(CourseImporter importer, @Value("${academy.data-dir:./data}") String dataDir) {
        this.importer = importer;
        this.imported = new ImportedStarterPacks(Path.of(dataDir));
    }

    @Override
    public void run(ApplicationArguments args) {
        ClassLoader loader = getClass().getClassLoader();
        Resource[] found;
        try {
            found = new PathMatchingResourcePatternResolver(loader).getResources(PATTERN);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list content packs", e);
        }
        for (Resource courseFile : found) {
            load(packRoot(courseFile), loader);
        }
    }

    /**
     * Makes sure the database holds the pack at this class-path root.
     *
     * @return whether the pack was read (false: its files and the database were as recorded)
     */
    boolean load(String root, ClassLoader loader) {
        PackSource source = new ClasspathPackSource(root, loader);
        String fingerprint = ImportedStarterPacks.fingerprint(source);
        Optional<ImportedStarterPacks.Imported> last = imported.last(root);
        if (last.isPresent() && last.get().fingerprint().equals(fingerprint)
                && importer.holds(last.get().packId(), last.get().contentHash())) {
            log.info("Content pack {} ({}): UNCHANGED (its files are those imported before)", last.get().packId(), root);
            return false;
        }
        CoursePack pack = reader.read(source);
        log.info("Content pack {} ({}): {}", pack.id(), root, importer.importPack(pack));
        imported.remember(root, new ImportedStarterPacks.Imported(fingerprint, pack.id(), pack.contentHash()));
        return true;
    }

    private static String packRoot(Resource courseFile) {
        try {
            String url = courseFile.getURL().toString();
            int at = url.lastIndexOf("packs/");
            return url.substring(at, url.length() - "course.yaml".length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
