package io.saidwho.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The launcher behind {@code mvn exec:java@<execution>}: the child JVM gets the caller's class
 * path in place of {@code %classpath} and its exit code comes back unchanged.
 */
class ForkedJavaTest {

  /** A child main class that exits with the code given as its argument. */
  public static final class ExitWith {
    public static void main(String[] args) {
      System.exit(Integer.parseInt(args[0]));
    }
  }

  @Test
  void theChildsExitCodeComesBackUnchanged() throws Exception {
    String classPath = ForkedJava.classPath(ForkedJavaTest.class.getClassLoader());
    for (int code : new int[] {0, 2, 3}) {
      List<String> command = ForkedJava.commandLine(
          List.of("-Xmx64m", "-cp", "%classpath", ExitWith.class.getName(), "" + code), classPath);
      assertThat(ForkedJava.run(command)).isEqualTo(code);
    }
  }

  @Test
  void classpathTokenIsReplacedAndTheJavaOfThisJvmIsUsed() {
    List<String> command = ForkedJava.commandLine(
        List.of("-Dx=1", "-cp", "%classpath", "a.Main", "--conf", "my conf.json"), "a.jar:b dir");

    assertThat(command).containsExactly(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dx=1", "-cp", "a.jar:b dir", "a.Main", "--conf", "my conf.json");
  }

  @Test
  void aUrlClassLoaderGivesItsEntriesInOrder() throws Exception {
    Path first = Path.of("/tmp/with space/classes");
    Path second = Path.of("/tmp/lib.jar");
    try (URLClassLoader loader = new URLClassLoader(
        new URL[] {first.toUri().toURL(), second.toUri().toURL()}, null)) {
      assertThat(ForkedJava.classPath(loader))
          .isEqualTo(first + File.pathSeparator + second);
    }
  }
}
