package io.saidwho.io.input;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Paths;

/** Opens input files on the local file system, without Hadoop (the evaluation command). */
public final class LocalFileOpener implements FileOpener {

  private static final long serialVersionUID = 1L;

  @Override
  public InputStream open(InputFile file, long start) throws IOException {
    InputStream in;
    try {
      in = Files.newInputStream(Paths.get(URI.create(file.uri())));
    } catch (NoSuchFileException e) {
      throw new FileNotFoundException(e.getMessage());
    }
    in.skipNBytes(start);
    return in;
  }
}
