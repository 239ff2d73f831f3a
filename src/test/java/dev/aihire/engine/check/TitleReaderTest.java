package dev.aihire.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.engine.recommend.Recommender;
import dev.aihire.knowledge.KnowledgeLoader;
import dev.aihire.model.Knowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleReaderTest {
  static TitleReader titles;

  @BeforeAll
  static void load() throws Exception {
    Knowledge k = KnowledgeLoader.loadBundledYaml();
    titles = new TitleReader(k, new Recommender(k));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        "Sr. ML Engineer II, Ranking | ml-engineer",
        "Senior Data Analyst | data-analyst",
        "Staff Analytics Engineer - Growth | analytics-engineer",
        "Principal MLOps Engineer (Remote, Canada) | mlops-engineer",
        "Expression of interest: Junior BI Analyst | data-analyst",
        "Lead Research Scientist, Language | ml-researcher",
        "Tableau Developer | data-analyst",
        "Pastry Chef | none",
        "Office Manager | none"
      })
  void findsTheRoleTheTitlePromises(String title, String role) {
    assertThat(titles.read(title).role()).isEqualTo(role);
  }

  @ParameterizedTest
  @CsvSource({"Head of Data Science", "VP of Machine Learning", "Director, Analytics"})
  void leadershipTitlesAreNoSingleHire(String title) {
    assertThat(titles.read(title).leadership()).isTrue();
    assertThat(titles.read(title).role()).isNull();
  }
}
