package dev.aihire.compiled;

import dev.aihire.compiled.binary.CompactIn;
import dev.aihire.compiled.binary.CompactOut;
import dev.aihire.engine.recommend.ProfileIndex;
import dev.aihire.engine.recommend.RecommendIndex;
import dev.aihire.engine.recommend.SignalIndex;
import dev.aihire.model.Knowledge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recommender's index as compiled knowledge keeps it: signal patterns by first word, the
 * spelling words, the profile postings; every map in key order, so a build is repeatable.
 */
final class RecommendIndexSection {
  static final String NAME = "recommend_index";

  private RecommendIndexSection() {}

  static void write(RecommendIndex index, CompactOut out) {
    Map<String, List<SignalIndex.Pattern>> patterns = index.signalPatterns();
    out.varint(patterns.size());
    for (Map.Entry<String, List<SignalIndex.Pattern>> e : patterns.entrySet()) {
      out.string(e.getKey());
      out.varint(e.getValue().size());
      for (SignalIndex.Pattern p : e.getValue()) {
        out.varint(p.stems().length);
        for (String s : p.stems()) {
          out.string(s);
        }
        out.varint(p.role());
        out.signed(p.weight());
        out.string(p.signal());
        out.bool(p.title());
      }
    }
    out.strings(index.spellingWords());
    out.strings(index.spellingVocabulary());
    Map<String, ProfileIndex.Postings> postings = index.profilePostings();
    out.varint(postings.size());
    for (Map.Entry<String, ProfileIndex.Postings> e : postings.entrySet()) {
      out.string(e.getKey());
      ProfileIndex.Postings p = e.getValue();
      out.varint(p.roles().length);
      for (int i = 0; i < p.roles().length; i++) {
        out.varint(p.roles()[i]);
        out.dbl(p.weights()[i]);
      }
    }
  }

  static RecommendIndex read(CompactIn in, Knowledge knowledge) {
    int keys = in.count();
    Map<String, List<SignalIndex.Pattern>> patterns = new HashMap<>(keys * 2);
    for (int k = 0; k < keys; k++) {
      String first = in.text();
      int n = in.count();
      List<SignalIndex.Pattern> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        int len = in.count();
        String[] stems = new String[len];
        for (int j = 0; j < len; j++) {
          stems[j] = in.text();
        }
        list.add(new SignalIndex.Pattern(stems, in.varint(), in.signed(), in.text(),
            in.bool()));
      }
      patterns.put(first, list);
    }
    List<String> spellingWords = in.strings();
    List<String> vocabulary = in.strings();
    int words = in.count();
    Map<String, ProfileIndex.Postings> postings = new HashMap<>(words * 2);
    for (int w = 0; w < words; w++) {
      String word = in.text();
      int n = in.count();
      int[] roles = new int[n];
      double[] weights = new double[n];
      for (int i = 0; i < n; i++) {
        roles[i] = in.varint();
        weights[i] = in.dbl();
      }
      postings.put(word, new ProfileIndex.Postings(roles, weights));
    }
    in.expectEnd();
    return RecommendIndex.of(knowledge, patterns, spellingWords, vocabulary, postings);
  }
}
