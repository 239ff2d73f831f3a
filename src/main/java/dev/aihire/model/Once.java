package dev.aihire.model;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on its first use and kept: for the parts of the model (and the index beside it) that
 * most commands never read, so storage decodes them only when one does. Thread-safe; the maker is
 * dropped once it has run.
 *
 * @param <T> the value, never null
 */
public final class Once<T> implements Supplier<T> {
  private Supplier<? extends T> make;
  private T value;

  private Once(Supplier<? extends T> make) {
    this.make = Objects.requireNonNull(make);
  }

  public static <T> Once<T> of(Supplier<? extends T> make) {
    return new Once<>(make);
  }

  @Override
  public synchronized T get() {
    if (make != null) {
      value = Objects.requireNonNull(make.get(), "a lazily made part of the model");
      make = null;
    }
    return value;
  }
}
