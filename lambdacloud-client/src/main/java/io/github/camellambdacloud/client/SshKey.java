package io.github.camellambdacloud.client;

/**
 * An SSH key registered with Lambda Cloud. Instances refer to keys by name; deleting needs the id.
 *
 * @param id the key id
 * @param name the key name; names need not be unique
 * @param publicKey the public key in OpenSSH format
 * @param privateKey the PEM private key, present only in the response that generated the pair; Lambda keeps no copy,
 *     so store it then. {@link #toString()} leaves it out.
 */
public record SshKey(String id, String name, String publicKey, String privateKey) {

    @Override
    public String toString() {
        return "SshKey[id=" + id + ", name=" + name + ", privateKey=" + (privateKey == null ? null : "[redacted]")
                + "]";
    }
}
