package dev.aihire.model;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An immutable list of model records made when first read, and found by id without making the
 * others: how stored knowledge hands out a thousand roles to a command that reads three. {@link
 * Knowledge} keeps such a list as it is instead of copying (and so making) every element.
 */
public abstract class LazyList<E> extends AbstractList<E> implements RandomAccess {
  /** The position of the element with this id, or -1. */
  public abstract int positionOf(String id);
}
