using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Features.EditStorefront;
using Mediator;

namespace Marketplace.Vendors.Features.SetStorefrontImage;

/// <summary>A new logo or banner (JPEG or PNG), resized before it is kept.</summary>
internal sealed record SetStorefrontImageCommand(CooperativeId CooperativeId, UserId ActorId, StorefrontImageKind Kind, UploadedFile Image)
    : ICommand<Result<StorefrontSettings>>, IRunsIn<VendorsTransaction>;
