using Marketplace.Catalog.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Catalog.Features.Reviews;

/// <summary>The cooperative's people answer a review of one of its products.</summary>
internal sealed record ReplyToReviewCommand(Guid ReviewId, UserId ActorId, string Reply) : ICommand<Result<ReviewView>>, IRunsIn<CatalogTransaction>;

/// <summary>An admin hides a review with a reason, or shows it again.</summary>
internal sealed record ModerateReviewCommand(Guid ReviewId, bool Hide, string? Reason, string ActorEmail)
    : ICommand<Result<ReviewView>>, IRunsIn<CatalogTransaction>;
