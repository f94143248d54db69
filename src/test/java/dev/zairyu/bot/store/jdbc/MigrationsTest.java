package dev.zairyu.bot.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Flyway runs the migrations the index names, so the index must name every migration file, in order. */
class MigrationsTest {
    @Test
    void theIndexListsEveryMigrationFileInVersionOrder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", Migrations.FOLDER))) {
            assertThat(Migrations.names()).containsExactlyElementsOf(files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b)))
                    .toList());
        }
    }

    @Test
    void eachListedMigrationIsFoundOnTheClassPath() {
        Migrations migrations = new Migrations();
        assertThat(migrations.getResources("V", new String[] {".sql"})).hasSize(Migrations.names().size());
        assertThat(migrations.getResource(Migrations.names().get(0))).isNotNull();
        assertThat(migrations.getResource("V999__nothing.sql")).isNull();
    }

    private static int version(String file) {
        return Integer.parseInt(file.substring(1, file.indexOf("__")));
    }
}
