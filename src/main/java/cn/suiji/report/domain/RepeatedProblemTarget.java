package cn.suiji.report.domain;

import java.time.LocalDate;

/**
 * A target whose current results show a problem in two or more inspections (of the plan years up
 * to the one asked about): a candidate for a directed (定向) task of the next plan.
 *
 * @param targetCode the credit code, else the registration number, else the directory key
 * @param objectKey the directory key (what a directed task's scope names)
 */
public record RepeatedProblemTarget(String targetCode, String name, String township, String industry,
    int problemInspections, LocalDate lastResult, String taskCodes, String objectKey) {}
