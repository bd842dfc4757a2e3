package io.saidwho.io;

import io.saidwho.config.InputFormat;
import io.saidwho.config.JobConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Driver-side checks of the input and output paths, through Hadoop's {@link FileSystem} (so local
 * paths, {@code file:}, {@code hdfs:}, {@code s3a:} all work), before any Spark job runs.
 *
 * <p>Inputs: every {@code input.path} must exist. A file is taken as given (its format from
 * {@code input.format} or its extension); a directory contributes its direct children whose
 * extension matches ({@code .txt}; {@code .jsonl}/{@code .json}), hidden files ({@code .} or
 * {@code _} prefix) excluded. No input files at all is an error. Output: the directory is created
 * if needed and a probe file of a unique name is written and deleted there.
 */
public final class PathChecks {

  /** Prefix of the probe file; each check writes its own name, so concurrent runs never clash. */
  private static final String PROBE = "_saidwho_write_probe-";

  private PathChecks() {}

  /** The input files of {@code config}, or an exception naming the unusable path. */
  public static InputFiles listInputs(JobConfig config, Configuration hadoop)
      throws UnusablePathException {
    List<String> txt = new ArrayList<>();
    List<String> emptyTxt = new ArrayList<>();
    List<String> jsonl = new ArrayList<>();
    for (String input : config.inputPaths()) {
      for (FileStatus file : listOne(input, config.inputFormat(), hadoop)) {
        String name = file.getPath().toString();
        if (formatOf(file.getPath(), config.inputFormat()) == InputFormat.JSONL) {
          jsonl.add(name);
        } else {
          (file.getLen() == 0 ? emptyTxt : txt).add(name);
        }
      }
    }
    if (txt.isEmpty() && emptyTxt.isEmpty() && jsonl.isEmpty()) {
      throw new UnusablePathException("input.path " + String.join(",", config.inputPaths())
          + ": no input files (.txt, .jsonl or .json) found");
    }
    return new InputFiles(txt, emptyTxt, jsonl);
  }

  private static List<FileStatus> listOne(String input, InputFormat forced, Configuration hadoop)
      throws UnusablePathException {
    Path path = new Path(input);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.exists(path)) {
        throw new UnusablePathException("input.path " + input + ": does not exist");
      }
      FileStatus status = fs.getFileStatus(path);
      if (status.isFile()) {
        return List.of(status);
      }
      return Arrays.stream(fs.listStatus(path))
          .filter(FileStatus::isFile)
          .filter(f -> !isHidden(f.getPath()) && isWanted(f.getPath().getName(), forced))
          .sorted()
          .toList();
    } catch (IOException | IllegalArgumentException e) {
      throw new UnusablePathException("input.path " + input + ": cannot be read: " + e, e);
    }
  }

  private static InputFormat formatOf(Path file, InputFormat forced) {
    if (forced != null) {
      return forced;
    }
    InputFormat byName = InputFormat.ofFileName(file.getName());
    return byName == null ? InputFormat.TXT : byName;
  }

  private static boolean isWanted(String name, InputFormat forced) {
    return forced == null ? InputFormat.ofFileName(name) != null : forced.matches(name);
  }

  private static boolean isHidden(Path file) {
    String name = file.getName();
    return name.startsWith(".") || name.startsWith("_");
  }

  /** Creates the output directory if needed and checks that a file can be written there. */
  public static void checkOutput(String output, Configuration hadoop)
      throws UnusablePathException {
    Path root = new Path(output);
    try {
      FileSystem fs = root.getFileSystem(hadoop);
      if (fs.exists(root) && !fs.getFileStatus(root).isDirectory()) {
        throw new UnusablePathException("output.path " + output + ": is a file, not a directory");
      }
      if (!fs.mkdirs(root)) {
        throw new UnusablePathException("output.path " + output + ": cannot be created");
      }
      Path probe = new Path(root, PROBE + UUID.randomUUID());
      fs.create(probe, true).close();
      fs.delete(probe, false);
    } catch (IOException | IllegalArgumentException e) {
      throw new UnusablePathException("output.path " + output + ": not writable: " + e, e);
    }
  }
}
