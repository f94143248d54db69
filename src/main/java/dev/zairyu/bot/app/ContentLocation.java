package dev.zairyu.bot.app;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@code conversation-flows/} is read from: {@code CONTENT_DIR}, else the folder in the working
 * directory (so edits take effect without a build), else the copy inside the jar.
 */
final class ContentLocation {
    static final String FOLDER = "conversation-flows";

    private ContentLocation() {
    }

    static Path resolve(Optional<Path> configured) throws IOException {
        if (configured.isPresent()) {
            return configured.get();
        }
        Path local = Path.of(FOLDER);
        if (Files.isDirectory(local)) {
            return local;
        }
        return bundled();
    }

    static Path bundled() throws IOException {
        URL marker = ContentLocation.class.getResource("/" + FOLDER + "/bot.yaml");
        if (marker == null) {
            throw new IOException(FOLDER + "/ is neither in the working directory nor inside the jar");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return jar.getPath("/" + FOLDER);
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
