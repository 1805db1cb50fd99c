package io.github.camellambdacloud.component;

/**
 * What a producer does with its resource. Which operations a resource supports is listed in the component docs;
 * {@code list} works on every resource.
 */
public enum LambdaCloudOperation {
    list,
    get,
    launch,
    restart,
    terminate,
    rename,
    add,
    create,
    update,
    replace,
    delete,
    getGlobal,
    updateGlobal
}
