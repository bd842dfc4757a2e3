package io.saidwho.io.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/** Opens an input file at a byte offset: through Hadoop on the executors, locally for eval. */
public interface FileOpener extends Serializable {

  /**
   * The raw bytes of {@code file} from {@code start} on (not decompressed).
   *
   * @throws java.io.FileNotFoundException when the file is gone
   */
  InputStream open(InputFile file, long start) throws IOException;
}
