package cn.suiji.plan.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * 年度抽查工作计划: one per department and year, holding that department's tasks; its code
 * (抽查计划编号), the day it was filed (备案) and the day it was published (公开) once set.
 */
public record AnnualPlan(long id, String departmentCode, String departmentName, int year, String title,
    @Nullable String code, @Nullable LocalDate filedDate, @Nullable LocalDate publishedDate) {}
