package dev.zairyu.bot.store.jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;

/**
 * The schema migrations, named by {@code db/migration/index.txt} instead of found by scanning the
 * class path: scanning a jar of this size costs Flyway about half a second at every start.
 */
final class Migrations implements ResourceProvider {
    static final String FOLDER = "db/migration";
    static final String INDEX = FOLDER + "/index.txt";

    private final ClassLoader loader = Migrations.class.getClassLoader();
    private final Location location = new Location("classpath:" + FOLDER);
    private final List<String> files;

    Migrations() {
        this.files = names();
    }

    /** The migration files the index lists, in its order. */
    static List<String> names() {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException(INDEX + " is missing from the class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public LoadableResource getResource(String name) {
        String path = name.startsWith(FOLDER + "/") ? name : FOLDER + "/" + name;
        return loader.getResource(path) == null ? null : resource(path);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return files.stream()
                .filter(file -> file.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(file::endsWith))
                .map(file -> resource(FOLDER + "/" + file))
                .toList();
    }

    private LoadableResource resource(String path) {
        return new ClassPathResource(location, path, loader, StandardCharsets.UTF_8);
    }
}
