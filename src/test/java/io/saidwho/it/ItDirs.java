package io.saidwho.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A fresh working folder per integration test class under {@code target/it/}. Stateless. */
public final class ItDirs {

  private ItDirs() {}

  /** {@code target/it/<name>}, emptied first. */
  public static Path fresh(String name) throws IOException {
    Path dir = Path.of("target", "it", name).toAbsolutePath();
    delete(dir);
    Files.createDirectories(dir);
    return dir;
  }

  /** Deletes {@code dir} and everything below it (symlinks themselves, never their targets). */
  public static void delete(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
