package org.tnracademy.core.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of a pack is checked, not only those course.yaml leads to. The hostile files are
 * built here as text: they are harmless shapes of real attacks, never real malware.
 */
class PackFileValidatorTest {

    static final String[] TEST_COURSE = {"course.yaml", "lessons/intro.en.md", "lessons/intro.fr.md",
            "exercises/label-six.yaml", "datasets/six.jsonl", "keys/label-six.key.yaml"};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final String SVG_OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";

    @TempDir
    Path pack;

    private final PackFileValidator validator = new PackFileValidator();

    static Stream<Arguments> hostileFiles() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n"
                + " <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append(" <!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        laughs.append("]>\n<lolz>&lol9;</lolz>\n");
        return Stream.of(
                Arguments.of("XXE reading a local file", "datasets/indicators.xml",
                        "<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n<!ENTITY x SYSTEM \"file:///etc/passwd\">\n]>\n<r>&x;</r>\n",
                        2, "DOCTYPE declaration with ENTITY declarations refused"),
                Arguments.of("billion laughs", "datasets/lol.xml", laughs.toString(), 2,
                        "DOCTYPE declaration with ENTITY declarations refused"),
                Arguments.of("SVG with a script", "images/map.svg",
                        SVG_OPEN + "\n<script>fetch('/api')</script>\n</svg>\n", 2, "<script> is not allowed"),
                Arguments.of("SVG with onload", "images/map.svg",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"\n onload=\"alert(1)\">\n</svg>\n", 2,
                        "onload=...>: event-handler attributes run code"),
                Arguments.of("SVG with a javascript: href", "images/map.svg",
                        SVG_OPEN + "\n<a xlink:href=\"java\tscript:alert(1)\"><text>x</text></a>\n</svg>\n", 2,
                        "javascript: references run code"),
                Arguments.of("SVG with a data:text/html href", "images/map.svg",
                        SVG_OPEN + "\n<a href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\"/>\n</svg>\n", 2,
                        "data: URLs are not allowed"),
                Arguments.of("SVG with an external image", "images/map.svg",
                        SVG_OPEN + "\n<image href=\"https://tracker.example/pixel.png\"/>\n</svg>\n", 2,
                        "is an external reference"),
                Arguments.of("SVG with a foreignObject", "images/map.svg",
                        SVG_OPEN + "\n<foreignObject><p>hi</p></foreignObject>\n</svg>\n", 2, "<foreignObject> is not allowed"),
                Arguments.of("SVG style loading from outside", "images/map.svg",
                        SVG_OPEN + "\n<rect style=\"fill: url('file:///etc/passwd')\"/>\n</svg>\n", 2,
                        "file: references would read"),
                Arguments.of("SVG style element loading from outside", "images/map.svg",
                        SVG_OPEN + "\n<style>\nrect { background: url(http://tracker.example/x.png) }\n</style>\n</svg>\n", 2,
                        "is an external reference"),
                Arguments.of("SVG animation setting a javascript: href", "images/map.svg",
                        SVG_OPEN + "\n<a><set attributeName=\"href\" to=\"javascript:alert(1)\"/></a>\n</svg>\n", 2,
                        "javascript: references run code"),
                Arguments.of("XML stylesheet from another site", "datasets/export.xml",
                        "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"https://evil.example/x.xsl\"?>\n<r/>\n", 2,
                        "is an external reference"),
                Arguments.of("broken XML", "datasets/export.xml", "<r>\n<a></b>\n</r>\n", 2, "not well-formed XML"),
                Arguments.of("an HTML page", "lessons/extra.html", "<html><script>alert(1)</script></html>", 0,
                        ".html files are not allowed in a pack"),
                Arguments.of("a shell script", "tools/install.sh", "#!/bin/sh\nrm -rf /\n", 0,
                        ".sh files are not allowed in a pack"),
                Arguments.of("a Markdown javascript: link", "lessons/notes.md",
                        "# Notes\n\nSee [the report](javascript:alert(1)).\n", 3, "link 'javascript:alert(1)'"),
                Arguments.of("a Markdown link out of the pack", "lessons/notes.md",
                        "# Notes\n\n\nSee [secrets](../../secrets.md).\n", 4, "points outside the pack"),
                Arguments.of("a Markdown link climbing out with encoded dots", "lessons/notes.md",
                        "See [x](%2e%2e/%2E%2E/etc/passwd.md).\n", 1, "points outside the pack"),
                Arguments.of("a Markdown link to a file the pack does not have", "lessons/notes.md",
                        "See [the key](../keys/missing.key.yaml).\n", 1,
                        "points to keys/missing.key.yaml, which is not in the pack"),
                Arguments.of("a Markdown image from another site", "lessons/notes.md",
                        "# Notes\n\n![](https://tracker.example/p.png)\n", 3, "is an external reference"),
                Arguments.of("a Markdown image by absolute path", "lessons/notes.md",
                        "![](/etc/passwd)\n", 1, "is an absolute path"),
                Arguments.of("a Markdown link definition with javascript:", "lessons/notes.md",
                        "# Notes\n\n[x]: javascript:alert(1)\n", 3, "javascript: references run code"),
                Arguments.of("raw HTML with an event handler in Markdown", "lessons/notes.md",
                        "# Notes\n\n<img src=x onerror=alert(1)>\n", 3, "raw HTML with a script"),
                Arguments.of("a dataset that is not UTF-8", "datasets/latin.csv", "id,text\n1,caf\u00e9\n", 0,
                        "not UTF-8 text"),
                Arguments.of("broken JSON", "datasets/bundle.json", "{\n \"type\": \"bundle\",\n}\n", 3,
                        "not valid JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void aHostileFileIsRefusedWithItsFileLineAndReason(String attack, String file, String content, int line,
                                                       String reason) throws IOException {
        byte[] bytes = file.endsWith(".csv") ? content.getBytes(StandardCharsets.ISO_8859_1)
                : content.getBytes(StandardCharsets.UTF_8);
        write(file, bytes);
        long start = System.nanoTime();

        List<PackProblem> problems = validator.check(new DirectoryPackSource(pack));

        assertThat(problems).as(attack).isNotEmpty().allMatch(p -> p.file().equals(file))
                .anyMatch(p -> p.reason().contains(reason) && (line == 0 ? p.line() >= 0 : p.line() == line));
        assertThat(System.nanoTime() - start).as("refused without expanding anything").isLessThan(5_000_000_000L);
    }

    @Test
    void programsAndPicturesThatAreNotWhatTheyClaimAreRefused() throws IOException {
        write("tools/setup.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0});
        write("images/photo.png", "this is only text\n".getBytes(StandardCharsets.UTF_8));
        write("images/photo.jpg", PNG);
        write("images/clip.webp", "RIFF0000WAVE".getBytes(StandardCharsets.US_ASCII));
        write("LICENSE", "text".getBytes(StandardCharsets.UTF_8));
        write("notes/bad name.md", "# x\n".getBytes(StandardCharsets.UTF_8));

        assertThat(validator.check(new DirectoryPackSource(pack))).map(PackProblem::toString).containsExactly(
                "LICENSE: a file without an extension is not allowed in a pack (a pack may hold only yaml, yml, md, "
                        + "jsonl, json, csv, png, jpg, jpeg, webp, svg, xml files)",
                "images/clip.webp: named .webp but its content is text, not a WEBP image",
                "images/photo.jpg: named .jpg but its content is a PNG image, not a JPEG image",
                "images/photo.png: named .png but its content is text, not a PNG image",
                "notes/bad name.md: file name not allowed: each part of a path starts with a letter, digit or '_' "
                        + "and then uses only letters, digits, '_', '.' and '-'",
                "tools/setup.exe: .exe files are not allowed in a pack (a pack may hold only yaml, yml, md, jsonl, "
                        + "json, csv, png, jpg, jpeg, webp, svg, xml files)");
    }

    @Test
    void harmlessPicturesSvgXmlAndMarkdownPass() throws IOException {
        write("images/photo.png", PNG);
        write("images/photo.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16});
        write("images/clip.webp", "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1));
        write("images/map.svg", (SVG_OPEN + "\n<style>rect { fill: url(#grad) }</style>\n"
                + "<defs><linearGradient id=\"grad\"/></defs>\n<use xlink:href=\"#dot\"/>\n"
                + "<image href=\"photo.png\"/>\n<image href=\"data:image/png;base64,iVBORw0KGgo=\"/>\n"
                + "<rect style=\"fill: url('#grad')\"/>\n</svg>\n"));
        write("datasets/stix.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<indicators xmlns=\"urn:example:stix\">\n"
                + "<indicator id=\"i-1\" onset=\"2025-03-04\"><pattern>[url:value = 'https://c2.example/x']</pattern>"
                + "</indicator>\n</indicators>\n"));
        write("datasets/bundle.json", "{\"type\": \"bundle\", \"objects\": []}\n");
        write("datasets/table.csv", "id,text\n1,caf\u00e9\n");
        write("datasets/README.md", "# Data\n\nSee [the key](../keys/k.key.yaml#items), [a report](https://report.example/a)"
                + " and [mail](mailto:team@academy.example).\n\n![Map](../images/map.svg)\n\n`<script>` in code is fine.\n");
        write("keys/k.key.yaml", "items: []\n");

        assertThat(validator.check(new DirectoryPackSource(pack))).isEmpty();
    }

    @Test
    void everyProblemOfEveryFileComesAtOnceWithThoseOfTheYaml() throws IOException {
        copyTestCourse();
        write("exercises/label-six.yaml", read("exercises/label-six.yaml").replace("version: 1", "version: zero"));
        write("images/evil.svg", SVG_OPEN + "\n<script>alert(1)</script>\n<rect onclick=\"x()\"/>\n</svg>\n");
        write("run.sh", "#!/bin/sh\n");

        assertThatThrownBy(() -> new PackReader().read(new DirectoryPackSource(pack)))
                .isInstanceOfSatisfying(PackValidationException.class, e -> assertThat(e.problems())
                        .map(PackProblem::toString)
                        .anyMatch(p -> p.startsWith("exercises/label-six.yaml:3: version:"))
                        .anyMatch(p -> p.startsWith("images/evil.svg:2: <script>"))
                        .anyMatch(p -> p.startsWith("images/evil.svg:3: <rect onclick=...>"))
                        .anyMatch(p -> p.startsWith("run.sh: .sh files are not allowed")));
    }

    @Test
    void aLinkInAPackFolderIsListedAndRefusedByName(@TempDir Path outside) throws IOException {
        copyTestCourse();
        Files.writeString(outside.resolve("passwd.csv"), "root:x:0:0\n");
        Files.createSymbolicLink(pack.resolve("datasets/users.csv"), outside.resolve("passwd.csv"));
        Files.createSymbolicLink(pack.resolve("linked"), outside);

        DirectoryPackSource source = new DirectoryPackSource(pack);

        assertThat(source.files()).contains("datasets/users.csv", "linked").doesNotContain("linked/passwd.csv");
        assertThat(validator.check(source)).extracting(PackProblem::file, PackProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("datasets/users.csv",
                        "cannot be read as a file of the pack: links and special files are not allowed in a pack"),
                org.assertj.core.groups.Tuple.tuple("linked", "a file without an extension is not allowed in a pack "
                        + "(a pack may hold only " + PackFileType.allowedExtensions() + " files)"));
    }

    @Test
    void theCommandLineValidatorReportsHostileFilesInAFolderAndAZip() throws IOException {
        copyTestCourse();
        write("datasets/indicators.xml", "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<r>&x;</r>\n");
        write("images/photo.png", "not a picture");
        write("lessons/page.html", "<p>hi</p>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int folder = PackValidatorCommand.run(new String[] {pack.toString()}, new PrintStream(out, true));

        assertThat(folder).isEqualTo(1);
        assertThat(out.toString()).contains("datasets/indicators.xml:1: DOCTYPE declaration with ENTITY declarations refused")
                .contains("images/photo.png: named .png but its content is text, not a PNG image")
                .contains("lessons/page.html: .html files are not allowed in a pack")
                .contains("3 problems: nothing would be imported");

        Path zip = ZipPackSourceTest.zipOf(pack, pack.resolveSibling(pack.getFileName() + ".zip"));
        out.reset();
        assertThat(PackValidatorCommand.run(new String[] {zip.toString()}, new PrintStream(out, true))).isEqualTo(1);
        assertThat(out.toString()).contains("datasets/indicators.xml:1: DOCTYPE").contains("images/photo.png: named .png")
                .contains("lessons/page.html: .html").contains("3 problems");
    }

    @Test
    void theTestCoursesStillValidate() {
        for (String name : List.of("test-course", "all-types")) {
            ClasspathPackSource source = new ClasspathPackSource("packs/" + name, getClass().getClassLoader());
            assertThat(source.files()).as(name).contains("course.yaml");
            assertThat(validator.check(source)).as(name).isEmpty();
        }
    }

    private void copyTestCourse() throws IOException {
        for (String f : TEST_COURSE) {
            try (InputStream in = getClass().getResourceAsStream("/packs/test-course/" + f)) {
                write(f, in.readAllBytes());
            }
        }
    }

    private String read(String relative) throws IOException {
        return Files.readString(pack.resolve(relative));
    }

    private void write(String relative, String text) throws IOException {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String relative, byte[] bytes) throws IOException {
        Path file = pack.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
