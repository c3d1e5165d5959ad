using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Features.GetApplication;
using Mediator;

namespace Marketplace.Vendors.Features.GetApplicationDocument;

/// <summary>A document of an application, for an admin or the cooperative's own people.</summary>
internal sealed record GetApplicationDocumentQuery(Guid DocumentId, UserId Requester, bool RequesterIsAdmin) : IQuery<Result<DocumentContent>>;
