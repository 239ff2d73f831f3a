package dev.aihire.engine.recommend;

/**
 * The recommender's fixed numbers, set by hand, each with its reason: how evidence is weighed
 * ({@link Scorer} and its evidence classes) and when an answer is given ({@link Abstention}, {@link
 * RecommendationAssembler}). The numbers chosen by cross-validation are {@link Weights}.
 */
final class Tuning {
  private Tuning() {}

  // --- weighing the evidence ----------------------------------------------------------

  /** A signal said in the negative counts against its role at this share of its weight. */
  static final double NEGATED = 0.75;

  static final double REPEAT_BONUS = 0.3;
  static final int MAX_REPEATS = 5;
  static final double PROFILE_WEIGHT = 0.8;
  static final double PROFILE_CAP = 4;

  /**
   * A need whose word pieces outnumber its words by more than this is not read as language: a typo
   * splits one word into two or three pieces, gibberish splits every word.
   */
  static final double MAX_PIECES_PER_WORD = 2.0;

  /** How many of the likeliest roles, and kinds of other job, get their sentence searched. */
  static final int EXPLAINED_ROLES = 5;

  static final int EXPLAINED_KINDS = 2;

  /** Semantic points below this are not evidence worth keeping (nor showing). */
  static final double MIN_SEMANTIC = 0.05;

  /** A role shows at most this many profile evidences: the rest are the same story. */
  static final int MAX_PROFILE_EVIDENCE = 40;

  // --- deciding the answer ------------------------------------------------------------

  /** The top role's score is 1 - e^(-raw/SCALE): the strength of its evidence. */
  static final double SCALE = 6.0;

  /**
   * The top role needs this much from its signals alone, unless the need mentions the field at all
   * ({@link Abstention#FIELD_WORDS}) or reads like one of the role's situations: profile words
   * ("clients", "brand") can tip a choice between roles, but cannot make a sales rep an AI hire.
   */
  static final double SIGNAL_FLOOR = 1.0;

  /**
   * Without a signal or a word of the field, the top role needs this many semantic points of its
   * own (not profile words) for the need to count as its work.
   */
  static final double SEMANTIC_ALONE = 1.5;

  /**
   * ... and the need must read at least this much like one of the role's own sentences: far from
   * every sentence of the knowledge ("benefits include a gym membership"), the discriminant
   * extrapolates and its probabilities mean nothing.
   */
  static final double NEAR_ENOUGH = 0.55;

  /** A runner-up with less than this share of the top's evidence is noise, not a choice. */
  static final double RUNNER_UP_SHARE = 0.25;

  /**
   * Two jobs in one need: the second role has at least this share of the top's points, and each has
   * at least {@link #MIXED_SIGNAL} points of signals of its own, from different words.
   */
  static final double MIXED_SHARE = 0.6;

  static final double MIXED_SIGNAL = 3;

  /** Strong: at least this much evidence for the top role, ... */
  static final double STRONG_POINTS = 5;

  /** ... and at least this share of it over the runner-up's. */
  static final double STRONG_GAP = 0.35;

  /** Weak: less evidence than this for the top role, or ... */
  static final double WEAK_POINTS = 3.5;

  /** ... less than this share of it over the runner-up's. Between the two: moderate. */
  static final double WEAK_GAP = 0.12;
}
