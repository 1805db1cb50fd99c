package io.github.camellambdacloud.client;

/**
 * The user who created a file system.
 *
 * @param id the user id
 * @param email the user's e-mail address
 * @param status {@code active} or {@code deactivated}
 */
public record FileSystemCreator(String id, String email, String status) {}
