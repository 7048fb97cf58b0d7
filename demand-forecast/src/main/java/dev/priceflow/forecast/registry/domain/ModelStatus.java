package dev.priceflow.forecast.registry.domain;

/** A registered model's role: serving ({@code CHAMPION}), lost to the champion, or replaced by a newer one. */
public enum ModelStatus { CHAMPION, REJECTED, RETIRED }
