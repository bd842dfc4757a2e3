package io.saidwho.io.input;

import io.saidwho.config.JobConfig;
import io.saidwho.io.InputFiles;
import io.saidwho.io.UnusablePathException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists the input files of a run on the driver, through Hadoop's {@link FileSystem} (local paths,
 * {@code file:}, {@code hdfs:}, {@code s3a:}), before any Spark job.
 *
 * <p>Every {@code input.path} entry must exist. A file is read as given (format from {@code
 * input.format}, else its extension, else {@code txt}). A folder contributes its direct children
 * in name order whose extension is an input format's (only {@code input.format}'s when set); every
 * other child is a {@link SkippedFile} with its reason: hidden ({@code .} or {@code _} prefix),
 * folder, dangling link, not a regular file, unknown extension. Local folders are listed with
 * {@code java.nio} because Hadoop's local listing drops dangling links without a word. A file
 * reached twice is read once. Names are kept exact: each file is opened from its escaped URI.
 * No file to read at all is an {@link UnusablePathException}.
 */
public final class InputListing {

  private final InputFormat forced;
  private final Configuration hadoop;
  private final List<InputFile> files = new ArrayList<>();
  private final List<SkippedFile> skipped = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  private InputListing(InputFormat forced, Configuration hadoop) {
    this.forced = forced;
    this.hadoop = hadoop;
  }

  /** The files of {@code config}'s input paths, or an exception naming the unusable path. */
  public static InputFiles list(JobConfig config, Configuration hadoop)
      throws UnusablePathException {
    InputListing listing = new InputListing(InputFormats.byLabel(config.inputFormat()), hadoop);
    for (String input : config.inputPaths()) {
      listing.addInput(input);
    }
    if (listing.files.isEmpty()) {
      throw new UnusablePathException("input.path " + String.join(",", config.inputPaths())
          + ": no input files (" + listing.wantedExtensions() + ") found");
    }
    return new InputFiles(listing.files, listing.skipped);
  }

  private String wantedExtensions() {
    return forced == null ? InputFormats.extensions() : String.join(", ", forced.extensions());
  }

  private void addInput(String input) throws UnusablePathException {
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.exists(path)) {
        throw new UnusablePathException("input.path " + input + ": does not exist");
      }
      FileStatus status = fs.getFileStatus(path);
      if (status.isFile()) {
        addNamedFile(status);
      } else if ("file".equals(fs.getUri().getScheme())) {
        addLocalFolder(Paths.get(fs.makeQualified(path).toUri()));
      } else {
        addFolder(fs, path);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new UnusablePathException("input.path " + input + ": cannot be read: " + e, e);
    }
  }

  private void addNamedFile(FileStatus status) {
    Path path = status.getPath();
    InputFormat format = forced != null ? forced : InputFormats.byFileName(path.getName());
    add(path, status.getLen(), format == null ? InputFormats.TXT : format);
  }

  private void addLocalFolder(java.nio.file.Path folder) throws IOException {
    try (Stream<java.nio.file.Path> entries = Files.list(folder)) {
      for (java.nio.file.Path entry : entries
          .sorted(Comparator.comparing(e -> e.getFileName().toString())).toList()) {
        Path path = new Path(entry.toUri());
        if (isHidden(path)) {
          skip(path, SkippedFile.HIDDEN);
        } else if (Files.isDirectory(entry)) {
          skip(path, SkippedFile.DIRECTORY);
        } else if (Files.isRegularFile(entry)) {
          addFolderFile(path, Files.size(entry));
        } else {
          skip(path, Files.isSymbolicLink(entry) && !Files.exists(entry)
              ? SkippedFile.DANGLING_LINK : SkippedFile.NOT_A_FILE);
        }
      }
    }
  }

  private void addFolder(FileSystem fs, Path folder) throws IOException {
    FileStatus[] children = fs.listStatus(folder);
    Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus child : children) {
      if (isHidden(child.getPath())) {
        skip(child.getPath(), SkippedFile.HIDDEN);
      } else if (child.isDirectory()) {
        skip(child.getPath(), SkippedFile.DIRECTORY);
      } else if (child.isFile()) {
        addFolderFile(child.getPath(), child.getLen());
      } else {
        skip(child.getPath(), SkippedFile.NOT_A_FILE);
      }
    }
  }

  private void addFolderFile(Path path, long length) {
    String name = path.getName();
    if (forced != null) {
      if (forced.matches(name)) {
        add(path, length, forced);
      } else {
        skip(path, SkippedFile.NOT_INPUT_FORMAT);
      }
      return;
    }
    InputFormat format = InputFormats.byFileName(name);
    if (format == null) {
      skip(path, SkippedFile.UNKNOWN_EXTENSION);
    } else {
      add(path, length, format);
    }
  }

  private void add(Path path, long length, InputFormat format) {
    String uri = path.toUri().toString();
    if (!seen.add(uri)) {
      skip(path, SkippedFile.LISTED_TWICE);
      return;
    }
    if (files.size() > InputRecord.MAX_FILE_INDEX) {
      throw new IllegalArgumentException("more than " + InputRecord.MAX_FILE_INDEX
          + " input files in one run");
    }
    files.add(new InputFile(files.size(), uri, path.toString(), path.getName(), length,
        format.label()));
  }

  private void skip(Path path, String reason) {
    skipped.add(new SkippedFile(path.toString(), reason));
  }

  private static boolean isHidden(Path file) {
    String name = file.getName();
    return name.startsWith(".") || name.startsWith("_");
  }
}
