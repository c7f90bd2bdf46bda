package cn.suiji.draw.service;

/** A task that has no confirmed draw yet. */
public record UndrawnTask(String code, String name) {}
