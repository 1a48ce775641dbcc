//! SQS queues of the constructs that need one (a Lambda function's dead-letter queue).

use serde_json::json;

use crate::construct::Construct;
use crate::expr::Expr;
use crate::stack::{Ids, Stack};
use crate::template::{CfnResource, Element};
use crate::tree::NodeRef;

/// How long a dead-letter queue keeps a message: 14 days, SQS's longest, as the CDK sets it.
const DEAD_LETTER_RETENTION_SECONDS: u64 = 14 * 24 * 60 * 60;

/// A queue of the stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Queue {
    pub(crate) resource: NodeRef,
}

#[derive(Debug)]
struct QueueResource {
    message_retention_period: u64,
}

impl Construct for QueueResource {
    fn render(&self, _: &Ids<'_>, _: u32) -> Result<Element, serde_json::Error> {
        Ok(Element::Resource(
            CfnResource::new(
                "AWS::SQS::Queue",
                json!({ "MessageRetentionPeriod": self.message_retention_period }),
            )
            // The CDK's queues are deleted with the stack.
            .with_removal_policy("Delete"),
        ))
    }
}

impl Queue {
    /// The dead-letter queue of the construct `parent` (its child `DeadLetterQueue`).
    pub(crate) fn dead_letter_queue(stack: &mut Stack, parent: NodeRef) -> Queue {
        let scope = stack.add_construct(Some(parent), "DeadLetterQueue");
        let resource = stack.add_resource(
            scope,
            QueueResource {
                message_retention_period: DEAD_LETTER_RETENTION_SECONDS,
            },
        );
        Queue { resource }
    }

    /// The queue's ARN.
    pub(crate) fn queue_arn(&self) -> Expr {
        Expr::node_att(self.resource, "Arn")
    }
}
