//! Runtimes, architectures and tracing modes of Lambda functions, with the CDK's names.

cf_enum! {
    /// The language runtime of a function (the CDK's `lambda.Runtime`), as CloudFormation
    /// takes it.
    ///
    /// Runtimes whose function creation Lambda has disabled are kept, so that CDK code ports
    /// line by line, and the rules reject them with the runtime to use instead
    /// ([`Runtime::creation_blocked`]).
    pub enum Runtime ("lambda::Runtime") {
        /// Node.js 0.10 (creation disabled).
        NODEJS = "nodejs",
        /// Node.js 4.3 (creation disabled).
        NODEJS_4_3 = "nodejs4.3",
        /// Node.js 6.10 (creation disabled).
        NODEJS_6_10 = "nodejs6.10",
        /// Node.js 8.10 (creation disabled).
        NODEJS_8_10 = "nodejs8.10",
        /// Node.js 10 (creation disabled).
        NODEJS_10_X = "nodejs10.x",
        /// Node.js 12 (creation disabled).
        NODEJS_12_X = "nodejs12.x",
        /// Node.js 14 (creation disabled).
        NODEJS_14_X = "nodejs14.x",
        /// Node.js 16 (creation disabled).
        NODEJS_16_X = "nodejs16.x",
        /// Node.js 18 (creation disabled).
        NODEJS_18_X = "nodejs18.x",
        /// Node.js 20 (creation disabled).
        NODEJS_20_X = "nodejs20.x",
        /// Node.js 22.
        NODEJS_22_X = "nodejs22.x",
        /// Node.js 24.
        NODEJS_24_X = "nodejs24.x",
        /// The latest Node.js runtime the CDK knows for every region: Node.js 24.
        NODEJS_LATEST = "nodejs24.x",
        /// Python 2.7 (creation disabled).
        PYTHON_2_7 = "python2.7",
        /// Python 3.6 (creation disabled).
        PYTHON_3_6 = "python3.6",
        /// Python 3.7 (creation disabled).
        PYTHON_3_7 = "python3.7",
        /// Python 3.8 (creation disabled).
        PYTHON_3_8 = "python3.8",
        /// Python 3.9 (creation disabled).
        PYTHON_3_9 = "python3.9",
        /// Python 3.10 (creation disabled).
        PYTHON_3_10 = "python3.10",
        /// Python 3.11 (creation disabled).
        PYTHON_3_11 = "python3.11",
        /// Python 3.12.
        PYTHON_3_12 = "python3.12",
        /// Python 3.13.
        PYTHON_3_13 = "python3.13",
        /// Python 3.14.
        PYTHON_3_14 = "python3.14",
        /// Java 8 on Amazon Linux (creation disabled).
        JAVA_8 = "java8",
        /// Java 8 on Amazon Linux 2 (creation disabled).
        JAVA_8_CORRETTO = "java8.al2",
        /// Java 11 (creation disabled).
        JAVA_11 = "java11",
        /// Java 17 (creation disabled).
        JAVA_17 = "java17",
        /// Java 21.
        JAVA_21 = "java21",
        /// Java 25.
        JAVA_25 = "java25",
        /// .NET Core 1.0 (creation disabled).
        DOTNET_CORE_1 = "dotnetcore1.0",
        /// .NET Core 2.0 (creation disabled).
        DOTNET_CORE_2 = "dotnetcore2.0",
        /// .NET Core 2.1 (creation disabled).
        DOTNET_CORE_2_1 = "dotnetcore2.1",
        /// .NET Core 3.1 (creation disabled).
        DOTNET_CORE_3_1 = "dotnetcore3.1",
        /// .NET 6 (creation disabled).
        DOTNET_6 = "dotnet6",
        /// .NET 8.
        DOTNET_8 = "dotnet8",
        /// .NET 10.
        DOTNET_10 = "dotnet10",
        /// Go 1.x (creation disabled; Go runs on an OS-only runtime now).
        GO_1_X = "go1.x",
        /// Ruby 2.5 (creation disabled).
        RUBY_2_5 = "ruby2.5",
        /// Ruby 2.7 (creation disabled).
        RUBY_2_7 = "ruby2.7",
        /// Ruby 3.2 (creation disabled).
        RUBY_3_2 = "ruby3.2",
        /// Ruby 3.3.
        RUBY_3_3 = "ruby3.3",
        /// Ruby 3.4.
        RUBY_3_4 = "ruby3.4",
        /// Ruby 4.0.
        RUBY_4_0 = "ruby4.0",
        /// OS-only runtime on Amazon Linux (creation disabled).
        PROVIDED = "provided",
        /// OS-only runtime on Amazon Linux 2 (creation disabled).
        PROVIDED_AL2 = "provided.al2",
        /// OS-only runtime on Amazon Linux 2023.
        PROVIDED_AL2023 = "provided.al2023",
        /// The runtime of a container image (`Code::from_ecr_image`): the image brings it, and
        /// the template names none.
        FROM_IMAGE = "FROM_IMAGE",
    }
}

/// The handler of a function whose code is a container image (the CDK's
/// `lambda.Handler.FROM_IMAGE`): the image's command says what runs.
#[derive(Clone, Copy, Debug)]
pub struct Handler;

impl Handler {
    /// `handler: lambda::Handler::FROM_IMAGE`, for `Code::from_ecr_image`.
    pub const FROM_IMAGE: &'static str = "FROM_IMAGE";
}

/// The language family of a runtime.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuntimeFamily {
    /// Node.js.
    NodeJs,
    /// Python.
    Python,
    /// Java.
    Java,
    /// .NET.
    DotNet,
    /// Go (the retired `go1.x` runtime).
    Go,
    /// Ruby.
    Ruby,
    /// OS-only runtimes (a custom runtime brings its language).
    Other,
}

/// Since when Lambda refuses to create functions with a runtime, and the runtime to use
/// instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Blocked {
    /// The first day Lambda refused to create functions with it (ISO 8601).
    pub since: &'static str,
    /// The runtime of the same language to move to.
    pub use_instead: Runtime,
}

impl Runtime {
    /// The runtime's language family.
    pub const fn family(self) -> RuntimeFamily {
        use Runtime::*;
        match self {
            NODEJS | NODEJS_4_3 | NODEJS_6_10 | NODEJS_8_10 | NODEJS_10_X | NODEJS_12_X
            | NODEJS_14_X | NODEJS_16_X | NODEJS_18_X | NODEJS_20_X | NODEJS_22_X | NODEJS_24_X
            | NODEJS_LATEST => RuntimeFamily::NodeJs,
            PYTHON_2_7 | PYTHON_3_6 | PYTHON_3_7 | PYTHON_3_8 | PYTHON_3_9 | PYTHON_3_10
            | PYTHON_3_11 | PYTHON_3_12 | PYTHON_3_13 | PYTHON_3_14 => RuntimeFamily::Python,
            JAVA_8 | JAVA_8_CORRETTO | JAVA_11 | JAVA_17 | JAVA_21 | JAVA_25 => RuntimeFamily::Java,
            DOTNET_CORE_1 | DOTNET_CORE_2 | DOTNET_CORE_2_1 | DOTNET_CORE_3_1 | DOTNET_6
            | DOTNET_8 | DOTNET_10 => RuntimeFamily::DotNet,
            GO_1_X => RuntimeFamily::Go,
            RUBY_2_5 | RUBY_2_7 | RUBY_3_2 | RUBY_3_3 | RUBY_3_4 | RUBY_4_0 => RuntimeFamily::Ruby,
            PROVIDED | PROVIDED_AL2 | PROVIDED_AL2023 | FROM_IMAGE => RuntimeFamily::Other,
        }
    }

    /// Whether the function's code may be given inline in the template (`Code::from_inline`):
    /// CloudFormation's `Code.ZipFile` takes Node.js and Python source only.
    pub const fn supports_inline_code(self) -> bool {
        matches!(self.family(), RuntimeFamily::NodeJs | RuntimeFamily::Python)
    }

    /// When Lambda stopped letting anyone create functions with this runtime, and what to use
    /// instead; `None` for a runtime functions can still be created with.
    ///
    /// The dates are those of the runtime lifecycle table cfn-lint 1.51.0 ships
    /// (`data/AdditionalSpecs/LmbdRuntimeLifecycle.json`), which follows the "Lambda runtimes"
    /// page of the AWS Lambda Developer Guide
    /// (<https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html>, "Deprecated
    /// runtimes": the "Block function create" column), as of 2026-12-01: every runtime whose
    /// creation block date is on or before that day. That table names a successor for each;
    /// where its successor is a runtime CloudFormation does not take (`dotnet9`, container
    /// images only), the latest .NET runtime CloudFormation takes is named instead. `dotnet8`
    /// is blocked from 2026-12-10 on and is not listed yet.
    ///
    /// ```
    /// use cloudfront_dsl::lambda::Runtime;
    /// let blocked = Runtime::NODEJS_12_X.creation_blocked().unwrap();
    /// assert_eq!((blocked.since, blocked.use_instead), ("2023-03-31", Runtime::NODEJS_24_X));
    /// assert!(Runtime::NODEJS_22_X.creation_blocked().is_none());
    /// ```
    pub const fn creation_blocked(self) -> Option<Blocked> {
        use Runtime::*;
        let (since, use_instead) = match self {
            NODEJS => ("2016-09-30", NODEJS_24_X),
            NODEJS_4_3 => ("2020-02-03", NODEJS_24_X),
            NODEJS_6_10 => ("2019-07-12", NODEJS_24_X),
            NODEJS_8_10 => ("2020-02-04", NODEJS_24_X),
            NODEJS_10_X => ("2021-07-30", NODEJS_24_X),
            NODEJS_12_X => ("2023-03-31", NODEJS_24_X),
            NODEJS_14_X => ("2024-01-09", NODEJS_24_X),
            NODEJS_16_X | NODEJS_18_X | NODEJS_20_X => ("2026-06-01", NODEJS_24_X),
            PYTHON_2_7 => ("2021-07-15", PYTHON_3_14),
            PYTHON_3_6 => ("2022-07-18", PYTHON_3_14),
            PYTHON_3_7 => ("2024-01-09", PYTHON_3_14),
            PYTHON_3_8 | PYTHON_3_9 => ("2026-06-01", PYTHON_3_14),
            PYTHON_3_10 | PYTHON_3_11 => ("2026-07-31", PYTHON_3_14),
            JAVA_8 => ("2024-02-08", JAVA_25),
            JAVA_8_CORRETTO | JAVA_11 | JAVA_17 => ("2026-07-31", JAVA_25),
            DOTNET_CORE_1 => ("2019-06-30", DOTNET_10),
            DOTNET_CORE_2 => ("2019-04-30", DOTNET_10),
            DOTNET_CORE_2_1 => ("2022-01-05", DOTNET_10),
            DOTNET_CORE_3_1 => ("2023-04-03", DOTNET_10),
            DOTNET_6 => ("2026-06-01", DOTNET_10),
            GO_1_X => ("2024-02-08", PROVIDED_AL2023),
            RUBY_2_5 => ("2021-07-30", RUBY_3_4),
            RUBY_2_7 => ("2024-01-09", RUBY_3_4),
            RUBY_3_2 => ("2026-06-01", RUBY_3_4),
            PROVIDED => ("2024-02-08", PROVIDED_AL2023),
            PROVIDED_AL2 => ("2026-07-31", PROVIDED_AL2023),
            NODEJS_22_X | NODEJS_24_X | NODEJS_LATEST | PYTHON_3_12 | PYTHON_3_13 | PYTHON_3_14
            | JAVA_21 | JAVA_25 | DOTNET_8 | DOTNET_10 | RUBY_3_3 | RUBY_3_4 | RUBY_4_0
            | PROVIDED_AL2023 | FROM_IMAGE => return None,
        };
        Some(Blocked { since, use_instead })
    }
}

cf_enum! {
    /// The instruction set a function runs on (the CDK's `lambda.Architecture`).
    pub enum Architecture ("lambda::Architecture") {
        /// 64-bit x86 (Lambda's default).
        X86_64 = "x86_64",
        /// 64-bit ARM (AWS Graviton).
        ARM_64 = "arm64",
    }
}

cf_enum! {
    /// Whether a function traces its invocations with AWS X-Ray (the CDK's
    /// `lambda.Tracing`).
    pub enum Tracing ("lambda::Tracing") {
        /// Traces every invocation (the role may write traces).
        ACTIVE = "Active",
        /// Traces invocations the caller asked to trace.
        PASS_THROUGH = "PassThrough",
        /// No tracing.
        DISABLED = "Disabled",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A runtime Lambda refuses points at one it takes, of the same language (the OS-only
    /// runtime for Go).
    #[test]
    fn every_blocked_runtime_names_a_runtime_of_its_language_that_is_not() {
        for runtime in Runtime::ALL {
            let Some(blocked) = runtime.creation_blocked() else {
                continue;
            };
            let instead = blocked.use_instead;
            assert!(
                instead.creation_blocked().is_none(),
                "{runtime:?} -> {instead:?}"
            );
            let family = match runtime.family() {
                RuntimeFamily::Go => RuntimeFamily::Other,
                f => f,
            };
            assert_eq!(instead.family(), family, "{runtime:?} -> {instead:?}");
            assert!(blocked.since.len() == 10 && blocked.since.starts_with("20"));
        }
        assert!(Runtime::ALL.iter().any(|r| r.creation_blocked().is_none()));
    }
}
