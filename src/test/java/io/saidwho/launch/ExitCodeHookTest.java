package io.saidwho.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit-code relay behind {@code mvn exec:exec@run}: a JVM that installed the hook, as the
 * Maven JVM does, and then exits 1 because its child program failed (as Maven does for a failed
 * goal) ends with the code the child left through {@link ExitCodeRelay}; a child that left none
 * (exit 0, no folder property, a code reported while its JVM shuts down) leaves the JVM's own
 * code; files of ended JVMs are removed when the hook is installed and the JVM's own on exit.
 */
class ExitCodeHookTest {

  @TempDir
  Path tmp;

  /** Stands for the Maven JVM: installs the hook, runs the child, exits 1 when it failed. */
  public static final class FakeMaven {
    public static void main(String[] args) throws Exception {
      ExitCodeHook.install(Path.of(args[0]), ProcessHandle.current().pid());
      List<String> child = ForkedJava.commandLine(
          List.of(args).subList(1, args.length), System.getProperty("java.class.path"));
      int code = new ProcessBuilder(child).inheritIO().start().waitFor();
      System.exit(code == 0 ? 0 : 1);
    }
  }

  /** The program: exits through the relay with the code given. */
  public static final class Program {
    public static void main(String[] args) {
      ExitCodeRelay.exit(Integer.parseInt(args[0]));
    }
  }

  /** A program that exits 0 but reports 3 from a shutdown hook, as after a Ctrl-C. */
  public static final class ProgramStoppedBySignal {
    public static void main(String[] args) {
      String dir = System.getProperty(ExitCodeFiles.DIR_PROPERTY);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> ExitCodeRelay.report(3, dir)));
    }
  }

  private int fakeMaven(Path dir, String... programArgs) throws Exception {
    List<String> javaArgs = new ArrayList<>(List.of("-Xmx32m", "-XX:TieredStopAtLevel=1",
        "-cp", "%classpath", FakeMaven.class.getName(), dir.toString(), "-Xmx32m",
        "-XX:TieredStopAtLevel=1", "-cp", "%classpath"));
    javaArgs.addAll(List.of(programArgs));
    String classPath = ForkedJava.classPath(ExitCodeHookTest.class.getClassLoader());
    Process maven = new ProcessBuilder(ForkedJava.commandLine(javaArgs, classPath))
        .inheritIO().start();
    assertThat(maven.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return maven.exitValue();
  }

  private static String folder(Path dir) {
    return "-D" + ExitCodeFiles.DIR_PROPERTY + "=" + dir;
  }

  private static long endedPid() throws Exception {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    return ended.pid();
  }

  @Test
  void theJvmExitsWithTheCodeItsProgramLeftAndRemovesItsFilesAndThoseOfEndedJvms()
      throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("exit codes"));
    long ended = endedPid();
    Files.writeString(dir.resolve(ended + ".code"), "3\n");
    Files.writeString(dir.resolve(ended + ".armed"), "");
    Files.writeString(dir.resolve("notes.txt"), "not the hook's");

    int rejects = fakeMaven(dir, folder(dir), Program.class.getName(), "3");
    int usage = fakeMaven(dir, folder(dir), Program.class.getName(), "2");

    assertThat(rejects).isEqualTo(3);
    assertThat(usage).isEqualTo(2);
    try (var left = Files.list(dir)) {
      assertThat(left).containsExactly(dir.resolve("notes.txt"));
    }
  }

  @Test
  void withoutTheFolderPropertyTheJvmKeepsItsOwnCode() throws Exception {
    Path dir = tmp.resolve("exit codes");

    assertThat(fakeMaven(dir, Program.class.getName(), "3")).isEqualTo(1);
  }

  @Test
  void aCodeReportedWhileTheProgramsJvmShutsDownIsNotLeft() throws Exception {
    Path dir = tmp.resolve("exit codes");

    assertThat(fakeMaven(dir, folder(dir), ProgramStoppedBySignal.class.getName())).isZero();
  }

  @Test
  void codesZeroAndOneAreNotLeftSinceMavenExitsWithThemItself() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("exit codes"));
    ExitCodeFiles files = new ExitCodeFiles(dir, ProcessHandle.current().parent().orElseThrow()
        .pid());
    Files.writeString(files.armed(), "");

    ExitCodeRelay.report(0, dir.toString());
    ExitCodeRelay.report(1, dir.toString());
    boolean leftAfterZeroAndOne = Files.exists(files.code());
    ExitCodeRelay.report(2, dir.toString());

    assertThat(leftAfterZeroAndOne).isFalse();
    assertThat(files.code()).hasContent("2");
  }
}
