// Prints "name<TAB>check answer" for every application file in a folder (first-sight runs of a review set):
// java -cp "assistant/target/classes:assistant/target/lib/*" assistant/src/test/scripts/RunCheckSet.java DIR > run.tsv
// python3 assistant/src/test/scripts/score_check_set.py SET.json run.tsv [details]
import com.fasterxml.jackson.databind.*;
import de.buki.assistant.checks.*;
import java.nio.file.*;
public class RunCheckSet {
  public static void main(String[] a) throws Exception {
    ObjectMapper m = new ObjectMapper();
    Checker c = new Checker();
    try (var s = Files.list(Path.of(a[0]))) {
      for (Path p : s.sorted().toList()) {
        String n = p.getFileName().toString().replace(".json", "");
        try {
          System.out.println(n + "\t" + m.writeValueAsString(c.check(m.readTree(p.toFile())).toJson()));
        } catch (Exception e) {
          System.out.println(n + "\tERROR " + e);
        }
      }
    }
  }
}
