package cn.suiji.plan.domain;

/** An inspection item a task may name: its code, its name and the department whose list holds it. */
public record ItemRef(String code, String name, String departmentCode) {}
