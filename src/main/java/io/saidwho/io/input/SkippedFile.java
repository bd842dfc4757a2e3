package io.saidwho.io.input;

/**
 * A file found under an input folder (or named twice) that the run does not read, with why: one
 * entry of the manifest's {@code skipped_files}.
 *
 * @param path the path as listed
 * @param reason one of the constants of this record
 */
public record SkippedFile(String path, String reason) {

  /** Its extension is no input format's. */
  public static final String UNKNOWN_EXTENSION = "unknown_extension";
  /** {@code input.format} is set and the file's extension is not that format's. */
  public static final String NOT_INPUT_FORMAT = "not_input_format";
  /** Its name starts with {@code .} or {@code _} (Spark and Hadoop side files). */
  public static final String HIDDEN = "hidden";
  /** A folder inside an input folder: folders are not read recursively. */
  public static final String DIRECTORY = "directory";
  /** A symbolic link whose target does not exist. */
  public static final String DANGLING_LINK = "dangling_link";
  /** Neither a regular file nor a folder (a pipe, a socket, a device). */
  public static final String NOT_A_FILE = "not_a_file";
  /** The same file reached through a second {@code input.path} entry: read once. */
  public static final String LISTED_TWICE = "listed_twice";
}
