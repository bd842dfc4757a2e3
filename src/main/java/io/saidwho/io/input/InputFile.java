package io.saidwho.io.input;

import java.io.Serializable;

/**
 * One input file of a run, as listed on the driver.
 *
 * @param index the file's place in input order (the {@code input.path} entries as given, the files
 *     of a folder in name order); duplicate ids are resolved in this order
 * @param uri the Hadoop path as a URI, with every special character escaped: the file is opened
 *     from this, never from a re-parsed path string
 * @param path the path as shown in {@code input_file} columns (unescaped)
 * @param name the exact file name, the id of one-article-per-file formats
 * @param length the size in bytes at listing time
 * @param format the {@link InputFormat#label()} it is read in
 */
public record InputFile(int index, String uri, String path, String name, long length,
    String format) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** True when the name ends in {@code .gz}: the bytes are gzip-compressed. */
  public boolean isGzip() {
    return name.length() > 3 && name.regionMatches(true, name.length() - 3, ".gz", 0, 3);
  }
}
