package io.github.camellambdacloud.client;

/** The actions the API reports for an instance; any of them may be null in older responses. */
public record InstanceActions(
        InstanceAction migrate,
        InstanceAction rebuild,
        InstanceAction restart,
        InstanceAction coldReboot,
        InstanceAction terminate) {}
