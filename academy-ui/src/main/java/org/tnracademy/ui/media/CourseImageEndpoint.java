package org.tnracademy.ui.media;

import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.tnracademy.core.media.ImageFile;
import org.tnracademy.core.media.ImageLibrary;

/**
 * Sends a picture of a course by its hash, as lessons show them ({@code /course-images/<course>/<sha256>}).
 * The address names the content, so browsers may keep it for good (private: it is behind sign-in),
 * and a repeated request with the entity tag is answered 304. The media type is the one checked
 * at upload or import, never guessed by the browser (nosniff), and the picture is sandboxed should
 * someone open it as a page.
 */
@RestController
class CourseImageEndpoint {

    /** Nothing runs in a picture opened on its own: this matters for an SVG brought by a pack. */
    static final String SANDBOX = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private final ImageLibrary library;

    CourseImageEndpoint(ImageLibrary library) {
        this.library = library;
    }

    @GetMapping("/course-images/{courseId}/{sha256}")
    ResponseEntity<byte[]> image(@PathVariable String courseId, @PathVariable String sha256,
                                 @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        if (!courseId.matches("[0-9]{1,18}")) {
            return notFound();
        }
        return library.file(Long.parseLong(courseId), sha256).map(file -> send(file, ifNoneMatch))
                .orElseGet(CourseImageEndpoint::notFound);
    }

    private static ResponseEntity<byte[]> send(ImageFile file, String ifNoneMatch) {
        String etag = "\"" + file.sha256() + "\"";
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(etag.equals(ifNoneMatch) ? HttpStatus.NOT_MODIFIED
                        : HttpStatus.OK)
                .eTag(etag)
                .cacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePrivate().immutable())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", SANDBOX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline");
        if (etag.equals(ifNoneMatch)) {
            return answer.build();
        }
        return answer.contentType(MediaType.parseMediaType(file.mediaType())).body(file.bytes());
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore()).build();
    }
}
