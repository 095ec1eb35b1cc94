package org.tnracademy.core.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.tnracademy.core.packs.ClasspathPackSource;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.PackReader;

/**
 * Loads every pack shipped on the classpath under {@code packs/<id>/} at start-up. Safe when
 * several nodes start at once: the import is one transaction guarded by unique keys, and the
 * loser of a race finds the content already there.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty(name = "academy.content.load-starter", matchIfMissing = true)
class StarterContentLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StarterContentLoader.class);
    private static final String PATTERN = "classpath*:packs/*/course.yaml";

    private final CourseImporter importer;
    private final PackReader reader = new PackReader();

    StarterContentLoader(CourseImporter importer) {
        this.importer = importer;
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
            String root = packRoot(courseFile);
            CoursePack pack = reader.read(new ClasspathPackSource(root, loader));
            log.info("Content pack {} ({}): {}", pack.id(), root, importer.importPack(pack));
        }
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
