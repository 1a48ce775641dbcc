//! What CloudFormation does with a resource removed from the stack (the CDK's `RemovalPolicy`).

const_enum! {
    /// What CloudFormation does with a resource when it leaves the stack or an update replaces
    /// it: the CDK writes it as the resource's `DeletionPolicy` and `UpdateReplacePolicy`.
    ///
    /// ```
    /// use cloudfront_dsl::RemovalPolicy;
    /// assert_eq!(RemovalPolicy::RETAIN_ON_UPDATE_OR_DELETE.policies(), ("RetainExceptOnCreate", "Retain"));
    /// ```
    pub enum RemovalPolicy ("RemovalPolicy") {
        /// Deletes the resource (a bucket only when it is empty).
        DESTROY,
        /// Keeps the resource, outside the stack.
        RETAIN,
        /// Keeps a snapshot of the resource's data, for resources that have snapshots (S3
        /// buckets have none).
        SNAPSHOT,
        /// Keeps the resource unless the stack's creation fails (it is then deleted).
        RETAIN_ON_UPDATE_OR_DELETE,
    }
}

impl RemovalPolicy {
    /// The resource's `DeletionPolicy` and `UpdateReplacePolicy`, as the CDK writes them.
    pub const fn policies(self) -> (&'static str, &'static str) {
        match self {
            RemovalPolicy::DESTROY => ("Delete", "Delete"),
            RemovalPolicy::RETAIN => ("Retain", "Retain"),
            RemovalPolicy::SNAPSHOT => ("Snapshot", "Snapshot"),
            RemovalPolicy::RETAIN_ON_UPDATE_OR_DELETE => ("RetainExceptOnCreate", "Retain"),
        }
    }
}
