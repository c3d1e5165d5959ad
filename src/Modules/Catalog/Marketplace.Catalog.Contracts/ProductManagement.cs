using Marketplace.SharedKernel;

namespace Marketplace.Catalog.Contracts;

public sealed record VolumeTierView(int MinQuantity, Money Price);
